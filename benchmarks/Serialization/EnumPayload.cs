using System.Text.Json.Serialization;

namespace HandlerSdk.Benchmarks.Serialization;

// The enum payload: a shipment manifest whose entries are mostly enums written as names (JsonStringEnumConverter on
// the enum types, the System.Text.Json way), so that reading and writing enum names is most of the work.

[JsonConverter(typeof(JsonStringEnumConverter<Carrier>))]
public enum Carrier
{
    Ups,
    Parcelforce,
    Dhl,
    RoyalMail,
    DeutschePost,
    UnitedStatesPostalService,
}

[JsonConverter(typeof(JsonStringEnumConverter<Region>))]
public enum Region
{
    UsEast,
    UsWest,
    EuCentral,
    EuWest,
    ApSoutheast,
    ApNortheast,
    SaEast,
}

[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    Low,
    Normal,
    High,
    Critical,
}

[JsonConverter(typeof(JsonStringEnumConverter<ParcelState>))]
public enum ParcelState
{
    Created,
    LabelPrinted,
    PickedUp,
    InTransit,
    OutForDelivery,
    Delivered,
    Returned,
}

public sealed class Manifest
{
    public string Id { get; set; } = "";
    public List<ManifestEntry> Entries { get; set; } = [];
}

public sealed class ManifestEntry
{
    public int Parcel { get; set; }
    public Carrier Carrier { get; set; }
    public Region Origin { get; set; }
    public Region Destination { get; set; }
    public Priority Priority { get; set; }
    public ParcelState State { get; set; }
}
