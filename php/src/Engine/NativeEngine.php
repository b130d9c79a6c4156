<?php

declare(strict_types=1);

namespace PwaPresta\Engine;

use PwaPresta\Native;

/**
 * Engine backed by the Rust extension `pwapresta` (functions PwaPresta\Native\*).
 */
final class NativeEngine implements Engine
{
    public static function isAvailable(): bool
    {
        return extension_loaded('pwapresta');
    }

    public function name(): string
    {
        return 'native';
    }

    public function version(): string
    {
        return Native\engine_version();
    }

    public function verifyNotification(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        int $now,
        int $toleranceSeconds,
    ): array {
        return Native\iopn_verify($fields, $secretKey, $accessKeyId, $now, $toleranceSeconds);
    }

    public function parseNotification(string $notificationData): array
    {
        return Native\iopn_parse($notificationData);
    }

    public function mwsCanonicalQuery(array $parameters): string
    {
        return Native\mws_canonical_query($parameters);
    }

    public function mwsStringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return Native\mws_string_to_sign($method, $host, $path, $parameters);
    }

    public function mwsSignature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod,
    ): string {
        return Native\mws_signature($stringToSign, $secretKey, $signatureMethod);
    }

    public function mwsSignedRequest(array $request, #[\SensitiveParameter] string $secretKey): array
    {
        return Native\mws_signed_request($request, $secretKey);
    }

    public function contentMd5(string $body): string
    {
        return Native\content_md5($body);
    }

    public function mwsSend(array $signedRequest, array $options): array
    {
        return Native\mws_send($signedRequest, $options);
    }

    public function parseMwsResponse(string $action, string $xml): array
    {
        return Native\mws_parse_response($action, $xml);
    }

    public function parseOrderReport(string $xml): array
    {
        return Native\report_parse_orders($xml);
    }

    public function eachReportOrder(string $path, callable $onOrder): int
    {
        return Native\report_each_order($path, $onOrder);
    }

    public function orderFulfillmentFeed(string $merchantIdentifier, array $fulfillments): string
    {
        return Native\feed_order_fulfillment($merchantIdentifier, $fulfillments);
    }

    public function paymentAdjustmentFeed(string $merchantIdentifier, array $adjustments): string
    {
        return Native\feed_payment_adjustment($merchantIdentifier, $adjustments);
    }

    public function orderAcknowledgementFeed(string $merchantIdentifier, array $acknowledgements): string
    {
        return Native\feed_order_acknowledgement($merchantIdentifier, $acknowledgements);
    }

    public function cartXml(array $cart): string
    {
        return Native\cart_xml($cart);
    }

    public function cartOrderInput(
        string $cartXml,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
    ): string {
        return Native\cart_order_input($cartXml, $secretKey, $accessKeyId);
    }

    public function orderStateForNotification(string $notificationType): string
    {
        return Native\order_state_for_notification($notificationType);
    }

    public function orderStateForMwsStatus(string $orderStatus): ?string
    {
        return Native\order_state_for_mws_status($orderStatus);
    }

    public function isTransitionAllowed(string $from, string $to): bool
    {
        return Native\is_transition_allowed($from, $to);
    }
}
