import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config";

// A fast first gate from the session cookie. The authoritative checks are in the layouts, actions and
// services, which re-read role and organisation from the database.
const { auth } = NextAuth(() => baseAuthConfig());

const PUBLIC_PATHS = ["/sign-in", "/forbidden", "/api/auth", "/api/health", "/dev/mailbox", "/key/"];

const gate = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(path.endsWith("/") ? path : `${path}/`))) {
    return NextResponse.next();
  }
  const session = request.auth;
  if (!session?.user) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  if (pathname.startsWith("/cockpit") && session.role !== "admin") {
    return NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403 });
  }
  return NextResponse.next();
});

// With a lazy config, auth(handler) resolves to the handler instead of returning it directly.
type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response | undefined>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const response = await (await (gate as unknown as Promise<Handler>))(request, event);
  return response ? withoutSessionRefresh(response) : response;
}

/**
 * Auth.js re-issues the session cookie on every request it sees here. A request still in flight when the user
 * signs out (a link prefetch, a page refreshing itself) would then bring the session back after sign-out
 * cleared it. The gate only reads the cookie; the session lasts its maxAge from sign-in.
 */
function withoutSessionRefresh(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  const kept = cookies.filter((cookie) => !/^(__Secure-)?authjs\.session-token/.test(cookie));
  if (kept.length === cookies.length) return response;
  response.headers.delete("set-cookie");
  for (const cookie of kept) response.headers.append("set-cookie", cookie);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg)$).*)"],
};
