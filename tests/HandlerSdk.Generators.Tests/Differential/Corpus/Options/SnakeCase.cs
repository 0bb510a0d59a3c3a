using HandlerSdk;

[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.SnakeCaseLower, EnumsAsStrings = true)]
