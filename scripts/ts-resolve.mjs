// Lets `node --experimental-strip-types` run the site's TypeScript modules, which import each
// other without file extensions (as Vite allows): a relative import that fails is retried as .ts.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (specifier.startsWith('.') && !specifier.endsWith('.ts')) return next(`${specifier}.ts`, context);
    throw error;
  }
}
