import { forbidden } from "next/navigation";

// The proxy rewrites residents' cockpit requests here; forbidden() renders app/forbidden.tsx with status 403.
export default function ForbiddenRoute() {
  forbidden();
}
