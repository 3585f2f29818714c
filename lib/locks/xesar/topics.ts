// The Xesar Connect topic scheme (../../shared/vendors/xesar-connect.md, "Topics"). Shared by the driver
// and the simulator so both sides speak exactly the same names.

export const COMMAND_TOPIC_PREFIX = "xs3/1/cmd/";
export const EVENT_TOPIC_PREFIX = "xs3/1/ces/";
export const ACCESS_PROTOCOL_TOPIC_PREFIX = "xs3/1/ase/";
export const QUERY_TOPIC = "xs3/1/q";

export const ALL_COMMANDS_TOPIC = `${COMMAND_TOPIC_PREFIX}#`;
export const ALL_EVENTS_TOPIC = `${EVENT_TOPIC_PREFIX}#`;
export const ALL_ACCESS_PROTOCOL_TOPIC = `${ACCESS_PROTOCOL_TOPIC_PREFIX}#`;

export function commandTopic(commandName: string): string {
  return `${COMMAND_TOPIC_PREFIX}${commandName}`;
}

export function eventTopic(eventName: string): string {
  return `${EVENT_TOPIC_PREFIX}${eventName}`;
}

export function errorTopic(userId: string): string {
  return `xs3/1/${userId}/err`;
}

export function queryAnswerTopic(userId: string): string {
  return `xs3/1/${userId}/q`;
}

/** `xs3/1/ase/MediumEvents/0001`: the event number as four upper-case hex digits. */
export function accessProtocolTopic(groupOfEvent: string, eventNumber: number): string {
  return `${ACCESS_PROTOCOL_TOPIC_PREFIX}${groupOfEvent}/${eventNumber.toString(16).toUpperCase().padStart(4, "0")}`;
}

export type ParsedTopic =
  | { kind: "command"; name: string }
  | { kind: "event"; name: string }
  | { kind: "access_protocol"; group: string; eventNumber: number }
  | { kind: "query" }
  | { kind: "error"; userId: string }
  | { kind: "query_answer"; userId: string }
  | { kind: "other" };

export function parseTopic(topic: string): ParsedTopic {
  if (topic === QUERY_TOPIC) return { kind: "query" };
  if (topic.startsWith(COMMAND_TOPIC_PREFIX)) return { kind: "command", name: topic.slice(COMMAND_TOPIC_PREFIX.length) };
  if (topic.startsWith(EVENT_TOPIC_PREFIX)) return { kind: "event", name: topic.slice(EVENT_TOPIC_PREFIX.length) };
  if (topic.startsWith(ACCESS_PROTOCOL_TOPIC_PREFIX)) {
    const [group = "", hex = ""] = topic.slice(ACCESS_PROTOCOL_TOPIC_PREFIX.length).split("/");
    return { kind: "access_protocol", group, eventNumber: Number.parseInt(hex, 16) };
  }
  const match = /^xs3\/1\/([^/]+)\/(err|q)$/.exec(topic);
  if (match) return match[2] === "err" ? { kind: "error", userId: match[1]! } : { kind: "query_answer", userId: match[1]! };
  return { kind: "other" };
}
