// English texts of the access alerts to admins (keys: alerts.*). alerts.de.ts mirrors it.
export const alertsEn = {
  startAlert: {
    subject: "Door access not ready: booking starts {start}",
    body:
      "The door access of a booking is not active yet, and the booking starts soon.\n\n" +
      "Resource: {resource}\nHolder: {holder}\nStarts: {start}\nAccess status: {status}\nLast error: {error}\n\n" +
      "Keyslot keeps retrying. Please check the lock system or give the holder access another way: {url}",
  },
};
