import { App } from "./app.js";
import { mount } from "./mount.js";

mount(<App />);
