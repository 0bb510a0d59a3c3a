// The .NET floor for the cold-start harness: a native-AOT program that prints one line and exits.
Console.WriteLine("hello");
