// The Web Worker of the stories' rule previews (a host writes the same one line; see
// docs/rule-builder.md, "Preview in a Web Worker").
import { servePreviews, type PreviewScope } from './previewWorker';

servePreviews(self as unknown as PreviewScope);
