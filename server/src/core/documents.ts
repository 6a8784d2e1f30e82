/** The document models, re-exported for the engine's outer layers. */
export type * from './note/model';
