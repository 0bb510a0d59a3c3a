// Echo handlers: they make the generator emit a serializer for every corpus root, as a user's handlers would.
using System.Collections.Generic;
using HandlerSdk;

namespace Corpus;

public static class Handlers
{
    [LambdaHandler] public static Everything EchoEverything(Everything value) => value;
    [LambdaHandler] public static Primitives EchoPrimitives(Primitives value) => value;
    [LambdaHandler] public static NullablePrimitives EchoNullablePrimitives(NullablePrimitives value) => value;
    [LambdaHandler] public static Point EchoPoint(Point value) => value;
    [LambdaHandler] public static Point? EchoNullablePoint(Point? value) => value;
    [LambdaHandler] public static Range EchoRange(Range value) => value;
    [LambdaHandler] public static Coord EchoCoord(Coord value) => value;
    [LambdaHandler] public static Money EchoMoney(Money value) => value;
    [LambdaHandler] public static Order EchoOrder(Order value) => value;
    [LambdaHandler] public static Customer EchoCustomer(Customer value) => value;
    [LambdaHandler] public static Address EchoAddress(Address value) => value;
    [LambdaHandler] public static OrderLine EchoOrderLine(OrderLine value) => value;
    [LambdaHandler] public static Annotated EchoAnnotated(Annotated value) => value;
    [LambdaHandler] public static Dog EchoDog(Dog value) => value;
    [LambdaHandler] public static TreeNode EchoTreeNode(TreeNode value) => value;
    [LambdaHandler] public static Collections EchoCollections(Collections value) => value;
    [LambdaHandler] public static Dictionaries EchoDictionaries(Dictionaries value) => value;
    [LambdaHandler] public static WithCtor EchoWithCtor(WithCtor value) => value;
    [LambdaHandler] public static Defaults EchoDefaults(Defaults value) => value;
    [LambdaHandler] public static Account EchoAccount(Account value) => value;
    [LambdaHandler] public static Passthrough EchoPassthrough(Passthrough value) => value;
    [LambdaHandler] public static CasingNames EchoCasingNames(CasingNames value) => value;
    [LambdaHandler] public static List<Order> EchoOrders(List<Order> value) => value;
    [LambdaHandler] public static OrderLine[] EchoLineArray(OrderLine[] value) => value;
    [LambdaHandler] public static Dictionary<string, TreeNode> EchoTreeMap(Dictionary<string, TreeNode> value) => value;
    [LambdaHandler] public static Color EchoColor(Color value) => value;
    [LambdaHandler] public static Status? EchoStatus(Status? value) => value;
    [LambdaHandler] public static Envelope<Customer> EchoEnvelope(Envelope<Customer> value) => value;
    [LambdaHandler] public static PlacedEvent EchoPlacedEvent(PlacedEvent value) => value;
    [LambdaHandler] public static Tagged<int> EchoTagged(Tagged<int> value) => value;
    [LambdaHandler] public static Included EchoIncluded(Included value) => value;
    [LambdaHandler] public static Preset EchoPreset(Preset value) => value;
    [LambdaHandler] public static Converted EchoConverted(Converted value) => value;
    [LambdaHandler] public static Open EchoOpen(Open value) => value;
    [LambdaHandler] public static OpenRecord EchoOpenRecord(OpenRecord value) => value;
}
