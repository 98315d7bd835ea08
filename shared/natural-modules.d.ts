// Types for the parts of `natural` the engine imports one by one (importing the package root would
// load all of natural, its classifiers and storage back ends, at start-up).
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_no' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/tfidf' {
  export class TfIdf {
    addDocument(document: string | string[]): void;
    idf(term: string, force?: boolean): number;
  }
}
