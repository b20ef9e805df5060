// `npm run train`: learns the model of src/rules/data/model.json from the sets bench/sets.ts marks 'trained on'.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainingFiles } from '../bench/sets';
import { readExamples } from './train/dataset';
import { DEFAULT_TRAIN, trainSoftmax } from './train/softmax';

const files = trainingFiles();
const examples = readExamples(files);
const model = trainSoftmax(examples, DEFAULT_TRAIN);
const out = join(import.meta.dirname, '..', 'src', 'rules', 'data', 'model.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`Trained on ${examples.length} tickets from ${files.length} files; kept ${model.features.length} features: ${out}`);
