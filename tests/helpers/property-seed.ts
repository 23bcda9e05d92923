import fc from 'fast-check';

// Property tests run the same cases on every run, so a failure reproduces and a green run
// means the same thing twice. FC_SEED=<n> explores other cases (a failure prints its seed).
const seed = Number(process.env.FC_SEED ?? 20261205);
fc.configureGlobal({ seed });
