namespace HttpApi;

/// <summary>A to-do item as the API stores and returns it.</summary>
public sealed record Todo(int Id, string Title, bool Done);

/// <summary>What a client sends to create or replace an item.</summary>
public sealed record TodoInput(string Title, bool Done = false);
