// English texts of the booking's door access on the booking page and the booking form's preview (keys:
// bookingAccess.*). access.de.ts mirrors it.
export const bookingAccessEn = {
  credentials: {
    heading: "Your access",
    updating: "Updating the status…",
    period: "Access period: {period}",
    doors: "Doors: {doors}",
    status: {
      requested: "Your access is being set up at the lock system.",
      in_progress: "Your access is being set up at the lock system.",
      active: "Access created and active.",
      activation_pending: "Access created; it waits for its activation in the app.",
      failed: "Access could not be set up.",
      removal_pending: "Access is being removed at the lock system.",
      removed: "Access removed.",
      expired: "Access period is over.",
    },
    retrying: "{problem} We retry automatically.",
    retryingAt: "{problem} We retry automatically (next attempt at {time}).",
    failedHelp: "{problem} Please contact your property management; they can re-issue the access.",
    problems: {
      unreachable: "The lock system cannot be reached right now.",
      refused: "The lock system refused the request (for example a missing or invalid mobile number).",
      credentials: "The lock system did not accept Keyslot's credentials.",
      other: "An unexpected error occurred.",
    },
    sms: "Code sent by SMS to {phone} on {sent}; activate within {hours} h (until {until}).",
    smsHelp: "Enter the code in the EVVA Xesar app.",
    pin: "PIN",
    keyLink: "Digital key",
    keyLinkHint: "Open the link and enter the PIN to open the doors; the PIN also works at the door keypads.",
    deliveries: "Messages",
    channel: { email: "E-mail", sms: "SMS" },
    delivery: { queued: "queued", sent: "sent", failed: "failed" },
    deliveryLine: "{channel} to {recipient}: {status}, {time}",
  },
  preview: {
    heading: "This booking will open",
    none: "This booking comes without automatic door access.",
  },
};
