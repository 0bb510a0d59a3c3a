// No [assembly: LambdaJsonOptions]: the defaults (names as declared, nulls written, case-insensitive reads).
