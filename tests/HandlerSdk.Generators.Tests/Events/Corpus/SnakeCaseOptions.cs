// A naming policy and null omission in the user's assembly must not change the names AWS sends.
using HandlerSdk;

[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.SnakeCaseLower, OmitNullValues = true)]
