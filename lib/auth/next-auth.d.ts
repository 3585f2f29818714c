import type { Role } from "./config";

declare module "next-auth" {
  interface Session {
    orgId?: string;
    role?: Role;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    orgId?: string;
    role?: Role;
  }
}
