// Command-line options shared by the evaluation scripts: `--name value` pairs and `--flag` switches.
export const args = process.argv.slice(2);

/** The value after `--name`, or undefined when the option is absent. */
export function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
