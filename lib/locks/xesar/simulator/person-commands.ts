import type { CommandHandler } from "./command-context";
import { parseCommandBody } from "./command-schemas";
import { DEMO_PARTITION_ID } from "./demo-installation";
import { SimulatorError } from "./state";

export const createPerson: CommandHandler = (body, { state }) => {
  const command = parseCommandBody("CreatePersonMapi", body);
  if (state.persons.has(command.id)) throw new SimulatorError(409, `person ${command.id} already exists`);
  const externalId = command.externalId ?? null;
  if (externalId && [...state.persons.values()].some((person) => person.externalId === externalId)) {
    throw new SimulatorError(409, `a person with externalId ${externalId} already exists`);
  }
  const person = {
    id: command.id,
    firstName: command.firstName,
    lastName: command.lastName,
    identifier: command.identifier ?? null,
    externalId,
    partitionId: DEMO_PARTITION_ID,
    defaultAuthorizationProfileId: null,
  };
  state.persons.set(person.id, person);
  return [{ name: "PersonCreated", event: { ...person } }];
};

export const deletePerson: CommandHandler = (body, { state }) => {
  const command = parseCommandBody("DeletePersonMapi", body);
  const person = command.id
    ? state.persons.get(command.id)
    : [...state.persons.values()].find((candidate) => candidate.externalId === command.externalId);
  if (!person) throw new SimulatorError(404, "person not found");
  const mediums = [...state.media.values()].filter((medium) => medium.personId === person.id).map((medium) => medium.id);
  for (const mediumId of mediums) state.media.delete(mediumId);
  state.persons.delete(person.id);
  return [{ name: "PersonDeleted", event: { id: person.id, mediums } }];
};
