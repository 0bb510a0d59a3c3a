// Echo handlers over the service-event models of group A (CloudWatch alarms, SES, Cognito user-pool triggers,
// CloudFormation custom resources, Secrets Manager rotation, AWS Config rules, CodeCommit triggers), and their
// part of the Bridge.
using System;
using System.Collections.Generic;
using System.Text.Json;
using HandlerSdk;
using HandlerSdk.Events;
using HandlerSdk.Generated;

namespace EventCorpus;

public static class ServicesAHandlers
{
    [LambdaHandler] public static CloudWatchAlarmEvent EchoCloudWatchAlarm(CloudWatchAlarmEvent value) => value;
    [LambdaHandler] public static SesEvent EchoSes(SesEvent value) => value;
}

public static partial class Bridge
{
    private static void RegisterServicesA(Dictionary<Type, (Func<object?, byte[]>, Func<byte[], object?>)> map)
    {
        Add<CloudWatchAlarmEvent>(map, LambdaJson.Write_HandlerSdk_Events_CloudWatchAlarmEvent, LambdaJson.Read_HandlerSdk_Events_CloudWatchAlarmEvent);
        Add<SesEvent>(map, LambdaJson.Write_HandlerSdk_Events_SesEvent, LambdaJson.Read_HandlerSdk_Events_SesEvent);
    }
}
