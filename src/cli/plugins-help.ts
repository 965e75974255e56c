/** The plugin options of a command: `--no-plugins` sets `plugins` to false. */
export function pluginOptions(opts: { plugins?: boolean }): { run: boolean } {
  return { run: opts.plugins !== false };
}
