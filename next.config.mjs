/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and data files relative to its own module: bundling it breaks those URLs.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
