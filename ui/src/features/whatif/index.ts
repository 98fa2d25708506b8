// What the what-if view offers the map editor.
export { useWhatIf, type WhatIfState } from "./useWhatIf";
export { WhatIfPanel } from "./WhatIfPanel";
export { cardMarks } from "./whatIfModel";
export { whatIfRule } from "./whatIfStyle";
