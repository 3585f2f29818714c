// English texts of the "bookingEmail" namespace (keys: bookingEmail.*); booking-email.de.ts must have the same shape.
// Used by the booking e-mails, their .ics attachment and the "Access control" section of the booking page.
export const bookingEmailEn = {
  subject: {
    confirmed: "Booking confirmed: {resource} on {date}",
    pending: "Booking awaiting approval: {resource} on {date}",
    declined: "Booking declined: {resource} on {date}",
    cancelled: "Booking cancelled: {resource} on {date}",
    rescheduled: "Booking moved: {resource}, now on {date}",
  },
  heading: {
    confirmed: "Your booking is confirmed",
    pending: "Your booking is awaiting approval",
    declined: "Your booking request was declined",
    cancelled: "Your booking is cancelled",
    rescheduled: "Your booking has a new time",
  },
  intro: {
    confirmed: "{resource} at {site} is booked.",
    pending:
      "Your request for {resource} at {site} needs the approval of your property management. We will e-mail you as soon as it is decided.",
    declined: "Your property management has declined the request for {resource} at {site}. The time is free again.",
    cancelled: "The booking of {resource} at {site} is cancelled. The time is free again.",
    rescheduled: "The booking of {resource} at {site} has moved to the time below.",
  },
  labels: {
    resource: "Resource",
    site: "Site",
    period: "Time",
    holder: "Booked for",
  },
  timeZoneNote: "Times are in the site's time zone ({zone}).",
  viewBooking: "View booking",
  calendar: {
    request: "The attached calendar file (booking.ics) puts the booking in your calendar.",
    cancel: "The attached calendar file (booking.ics) removes the booking from your calendar.",
  },
  footer: "Sent by Keyslot because of a booking in your name. Please do not reply to this e-mail.",
  ics: {
    summary: "{resource}, {site}",
    summaryPending: "{resource}, {site} (awaiting approval)",
    summaryCancelled: "{resource}, {site} (cancelled)",
    localTime: "Local time at {site} ({zone}): {period}",
    link: "Booking: {url}",
  },
  access: {
    heading: "Access control",
    none: "This booking comes without automatic door access.",
    xesar: "Your access code will be sent by SMS to {phone}; activate it in the EVVA Xesar app within {hours} hours.",
    xesarNoPhone:
      "The access code is sent by SMS, but no mobile number is stored for this booking. Add one to your profile or ask your property management.",
    xesarUse: "During your booking, open the door with the EVVA Xesar app.",
    exivo: "You will receive a link and a PIN: open the link, enter the PIN and press LOGIN to open the doors of your booking.",
    period: "Your access is valid for the time of your booking.",
    afterApproval: "Once your booking is approved:",
    withdrawn: "The door access for this booking is withdrawn.",
    notIssued: "No door access will be issued for this booking.",
    siteInfo: "About door access at {site}",
  },
};
