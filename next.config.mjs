/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files relative to its own module: bundling it breaks those URLs.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "pg-boss", "aedes", "mqtt", "@react-email/render", "@react-email/components"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers 403 with app/forbidden.tsx (residents in the cockpit).
  experimental: { authInterrupts: true },
};

export default nextConfig;
