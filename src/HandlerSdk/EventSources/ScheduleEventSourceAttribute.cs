namespace HandlerSdk;

/// <summary>
/// Says that a schedule triggers this handler: <c>hsdk template</c> writes a SAM <c>Schedule</c> event (an EventBridge
/// rule) for it, and the handler receives a <c>ScheduledEvent</c>. A function may have several.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ScheduleEventSourceAttribute : Attribute
{
    /// <summary>Declares the schedule.</summary>
    /// <param name="schedule">
    /// SAM <c>Schedule</c>: <c>rate(5 minutes)</c> (value and unit, <c>minute(s)</c>, <c>hour(s)</c> or <c>day(s)</c>) or
    /// <c>cron(0 12 * * ? *)</c> (six fields, UTC).
    /// </param>
    public ScheduleEventSourceAttribute(string schedule) => Schedule = schedule;

    /// <summary>The schedule expression, <c>rate(...)</c> or <c>cron(...)</c>.</summary>
    public string Schedule { get; }

    /// <summary>SAM <c>Name</c>: the rule's name. Default: CloudFormation makes one up.</summary>
    public string? Name { get; set; }

    /// <summary>SAM <c>Description</c>: the rule's description.</summary>
    public string? Description { get; set; }

    /// <summary>SAM <c>Input</c>: JSON sent to the function instead of the scheduled event.</summary>
    public string? Input { get; set; }

    /// <summary>SAM <c>Enabled</c>: set <see langword="false"/> to deploy the rule turned off. Default: on.</summary>
    public bool Enabled { get; set; } = true;
}
