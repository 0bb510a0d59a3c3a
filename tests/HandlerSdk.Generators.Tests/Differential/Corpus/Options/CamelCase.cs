using HandlerSdk;

[assembly: LambdaJsonOptions(NamingPolicy = LambdaJsonNamingPolicy.CamelCase, OmitNullValues = true)]
