using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: Amazon Lex V2's code hook events (fulfillment, dialog with empty slots, list and composite slots,
/// sentiment, runtime hints) and the responses a hook returns, after the Lex V2 developer guide's and the SAM CLI's
/// samples, keep every field through the generated reader and writer.
/// </summary>
public sealed class LexV2EventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("lexv2-fulfillment.json", nameof(LexV2Event)),
        ("lexv2-banking-bot.json", nameof(LexV2Event)),
        ("lexv2-book-car.json", nameof(LexV2Event)),
        ("lexv2-speech-list-slot.json", nameof(LexV2Event)),
        ("lexv2-dtmf-confirm.json", nameof(LexV2Event)),
        ("lexv2-response.json", nameof(LexV2Response)),
        ("lexv2-response-elicit-card.json", nameof(LexV2Response)),
        ("lexv2-response-session.json", nameof(LexV2Response)),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, EventSamples.EventType(root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, EventSamples.EventType(root));

    [Fact]
    public void A_fulfillment_event_reads_its_bot_slots_and_session()
    {
        var lex = EventSamples.Read<LexV2Event>("lexv2-fulfillment.json");

        Assert.Equal("FulfillmentCodeHook", lex.InvocationSource);
        Assert.Equal("BankingBot", lex.Bot.Name);
        Assert.Equal("en_US", lex.Bot.LocaleId);
        var slot = lex.SessionState.Intent!.Slots!["accountType"];
        Assert.NotNull(slot);
        Assert.Equal("checking", slot.Value!.InterpretedValue);
        Assert.Equal(["CHECKING"], slot.Value.ResolvedValues);
        Assert.Equal("12345", lex.SessionState.SessionAttributes!["customerId"]);
        Assert.Equal("Twilio-SMS", lex.RequestAttributes!["x-amz-lex:channel-type"]);
        Assert.Null(lex.Transcriptions);
    }

    [Fact]
    public void Nlu_confidence_reads_as_a_number_whether_lex_sent_a_number_or_a_score_object()
    {
        var scored = EventSamples.Read<LexV2Event>("lexv2-fulfillment.json");
        var banking = EventSamples.Read<LexV2Event>("lexv2-banking-bot.json");

        Assert.Equal(0.95, scored.Interpretations[0].GetNluConfidenceScore());
        Assert.Equal(JsonValueKind.Object, scored.Interpretations[0].NluConfidence!.Value.ValueKind);
        Assert.Equal([1, null, 0.23], banking.Interpretations.Select(interpretation => interpretation.GetNluConfidenceScore()));
    }

    [Fact]
    public void Nlu_confidence_of_another_kind_fails_clearly()
    {
        var interpretation = new LexV2Interpretation { NluConfidence = JsonDocument.Parse("\"high\"").RootElement };

        Assert.Contains("String", Assert.Throws<FormatException>(() => interpretation.GetNluConfidenceScore()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slots_without_values_read_as_null_entries_and_the_proposed_next_state_as_an_elicitation()
    {
        var lex = EventSamples.Read<LexV2Event>("lexv2-book-car.json");

        var slots = lex.SessionState.Intent!.Slots!;
        Assert.Equal(5, slots.Count);
        Assert.All(slots.Values, Assert.Null);
        Assert.Equal("ElicitSlot", lex.ProposedNextState!.DialogAction.Type);
        Assert.Equal("PickUpCity", lex.ProposedNextState.DialogAction.SlotToElicit);
        Assert.Equal(1, lex.Transcriptions![0].TranscriptionConfidence);
        Assert.Equal("BookCar", lex.Transcriptions[0].ResolvedContext!.Intent);
    }

    [Fact]
    public void List_and_composite_slots_read_their_values_and_sub_slots()
    {
        var lex = EventSamples.Read<LexV2Event>("lexv2-speech-list-slot.json");

        var interpretation = lex.Interpretations[0];
        var slots = interpretation.Intent.Slots!;
        Assert.Equal("List", slots["toppings"]!.Shape);
        Assert.Equal(["Pepperoni", "Mushroom"], slots["toppings"]!.Values!.Select(value => value.Value!.InterpretedValue));
        Assert.Equal("12 Main Street", slots["address"]!.SubSlots!["street"]!.Value!.InterpretedValue);
        Assert.Null(slots["address"]!.SubSlots!["city"]);
        Assert.Null(slots["size"]);
        Assert.Equal("POSITIVE", interpretation.SentimentResponse!.Sentiment);
        Assert.Equal(0.7853, interpretation.SentimentResponse.SentimentScore.Positive);
        Assert.Equal("Lex", interpretation.InterpretationSource);
        Assert.Equal("Initial", lex.ProposedNextState!.Prompt!.Attempt);
        var session = lex.SessionState;
        Assert.Equal(600, session.ActiveContexts![0].TimeToLive.TimeToLiveInSeconds);
        Assert.Equal("o-42", session.ActiveContexts[0].ContextAttributes["orderId"]);
        Assert.Equal("Mushroom", session.RuntimeHints!.SlotHints["OrderPizza"]["toppings"].RuntimeHintValues![1].Phrase);
        Assert.Equal("city", session.DialogAction!.SubSlotToElicit!.Name);
        Assert.Equal("pepperoni and mushrooms please", lex.RawInputTranscript);
    }

    [Fact]
    public void An_event_without_an_alias_name_and_an_intent_without_state_write_back_without_them()
    {
        var corpus = EventCorpus.Get(EventCorpus.DefaultName);
        var lex = EventSamples.Read<LexV2Event>("lexv2-dtmf-confirm.json");

        var written = System.Text.Json.Nodes.JsonNode.Parse(corpus.Write(typeof(LexV2Event), lex))!;

        Assert.Null(lex.Bot.AliasName);
        Assert.Equal("TSTALIASID", lex.Bot.AliasId);
        Assert.False(written["bot"]!.AsObject().ContainsKey("aliasName"));
        Assert.Null(lex.Interpretations[1].Intent.State);
        Assert.False(written["interpretations"]![1]!["intent"]!.AsObject().ContainsKey("state"));
        Assert.Equal("ConfirmIntent", lex.ProposedNextState!.DialogAction.Type);
        Assert.Equal("Waiting", lex.ProposedNextState.Intent.State);
    }

    [Fact]
    public void A_response_reads_its_dialog_action_and_messages()
    {
        var close = EventSamples.Read<LexV2Response>("lexv2-response.json");
        var elicit = EventSamples.Read<LexV2Response>("lexv2-response-elicit-card.json");

        Assert.Equal("Close", close.SessionState.DialogAction!.Type);
        Assert.Equal("Fulfilled", close.SessionState.Intent!.State);
        Assert.Equal("Your checking account balance is $1,234.56", close.Messages![0].Content);
        Assert.Null(close.RequestAttributes);
        var card = elicit.Messages![0].ImageResponseCard!;
        Assert.Null(elicit.Messages[0].Content);
        Assert.Equal("Which size?", card.Title);
        Assert.Equal(["small", "large"], card.Buttons!.Select(button => button.Value));
        Assert.Equal("size", elicit.SessionState.DialogAction!.SlotToElicit);
    }

    [Fact]
    public void A_response_built_in_code_writes_only_what_was_set()
    {
        var response = new LexV2Response
        {
            SessionState = new()
            {
                DialogAction = new() { Type = "Close" },
                Intent = new() { Name = "CheckBalance", State = "Fulfilled" },
            },
            Messages = [new() { ContentType = "PlainText", Content = "Done." }],
        };

        var written = EventCorpus.Get(EventCorpus.DefaultName).Write(typeof(LexV2Response), response);

        JsonSemantics.AssertSame(
            """
            {"sessionState":{"dialogAction":{"type":"Close"},"intent":{"name":"CheckBalance","state":"Fulfilled"}},
             "messages":[{"contentType":"PlainText","content":"Done."}]}
            """,
            written);
        Assert.DoesNotContain("null", written, StringComparison.Ordinal);
    }
}
