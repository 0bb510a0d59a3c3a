using System.Collections.Concurrent;
using HandlerSdk;
using HandlerSdk.Http;

namespace HttpApi;

/// <summary>
/// A small CRUD API: every route of this class is one Lambda function, "todos", with a router generated at compile
/// time. Run it with <c>hsdk serve --http</c> and curl it, or deploy it behind API Gateway (v1 or v2) or an ALB.
/// </summary>
[HttpApi("todos")]
public sealed class TodoApi
{
    // One instance per execution environment: state lives as long as the warm function (a stand-in for a database).
    private readonly ConcurrentDictionary<int, Todo> _todos = new();
    private int _lastId;

    /// <summary>GET /todos?done=true&amp;limit=10: 200 with the list.</summary>
    [HttpGet("/todos")]
    public Todo[] List(bool? done = null, int limit = 100) =>
        [.. _todos.Values.Where(t => done is null || t.Done == done).OrderBy(t => t.Id).Take(limit)];

    /// <summary>GET /todos/7: 200 with the item, or 404.</summary>
    [HttpGet("/todos/{id:int}")]
    public HttpResult<Todo> Get(int id) =>
        _todos.TryGetValue(id, out var todo) ? HttpResult.Ok(todo) : HttpResult.NotFound($"There is no todo {id}.");

    /// <summary>POST /todos with a JSON body: 201 with its location; a bad body is a 400 naming the JSON path.</summary>
    [HttpPost("/todos")]
    public HttpResult<Todo> Create(TodoInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return HttpResult.BadRequest("A todo needs a title.");
        }

        var todo = new Todo(Interlocked.Increment(ref _lastId), input.Title, input.Done);
        _todos[todo.Id] = todo;
        return HttpResult.Created($"/todos/{todo.Id}", todo);
    }

    /// <summary>PUT /todos/7: 204, or 404.</summary>
    [HttpPut("/todos/{id:int}")]
    public HttpResult Replace(int id, TodoInput input)
    {
        if (!_todos.ContainsKey(id))
        {
            return HttpResult.NotFound();
        }

        _todos[id] = new Todo(id, input.Title, input.Done);
        return HttpResult.NoContent();
    }

    /// <summary>DELETE /todos/7: 204 whether or not it existed (DELETE is idempotent).</summary>
    [HttpDelete("/todos/{id:int}")]
    public void Delete(int id) => _todos.TryRemove(id, out _);
}
