import { render } from "preact";
import { App } from "./app";
import { loadConfig } from "./config";
import "./styles.css";

const root = document.getElementById("app");
if (root) {
  loadConfig().then(
    () => render(<App />, root),
    // Without knowing where the API is there is nothing the app can do; say why instead of a blank page.
    (err: unknown) => {
      root.textContent = err instanceof Error ? err.message : String(err);
    },
  );
}
