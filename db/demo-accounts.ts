// The demo logins: seeded by db/seed.ts, printed at start and shown on the sign-in page in demo mode only.
export const DEMO_ORG = { name: "Demo Properties", slug: "demo" } as const;

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@demo.keyslot.app", password: "keyslot-admin-demo", name: "Alex Admin", role: "admin", phone: "+41791234512" },
  resident: {
    email: "resident@demo.keyslot.app",
    password: "keyslot-resident-demo",
    name: "Robin Resident",
    role: "resident",
    phone: "+436641234567",
  },
} as const;
