// `npm ci` when node_modules was not installed from this package-lock.json (a fresh clone, or a
// changed lock file); otherwise nothing, so a build does not reinstall the tools every time.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const lock = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");
const stamp = "node_modules/.installed-from-lock";
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock) {
  execSync("npm ci", { stdio: "inherit" });
  writeFileSync(stamp, lock);
}
