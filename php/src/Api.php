<?php

declare(strict_types=1);

namespace PwaPresta;

use PwaPresta\Engine\Engine;
use PwaPresta\Engine\NativeEngine;
use PwaPresta\Engine\PhpEngine;

/**
 * The facade every caller uses: Pay with Amazon IOPN, MWS, feeds, cart signing and order states.
 *
 * It runs on the native engine (the Rust extension) when extension_loaded('pwapresta') and on the
 * pure-PHP engine otherwise; both return the same results and throw the same exceptions
 * (PwaPresta\Exception\*). Array shapes are documented on PwaPresta\Engine\Engine and below.
 */
final class Api
{
    /** Default IOPN timestamp tolerance, both past and future: 15 minutes. */
    public const IOPN_TOLERANCE_SECONDS = 900;

    private static ?Engine $engine = null;

    /** The engine in use: native when the extension is loaded, php otherwise. */
    public static function engine(): Engine
    {
        return self::$engine ??= NativeEngine::isAvailable() ? new NativeEngine() : new PhpEngine();
    }

    /** Forces an engine (tests, benchmarks); null returns to automatic selection. */
    public static function useEngine(?Engine $engine): void
    {
        self::$engine = $engine;
    }

    /** 'native' or 'php'. */
    public static function engineName(): string
    {
        return self::engine()->name();
    }

    public static function engineVersion(): string
    {
        return self::engine()->version();
    }

    /**
     * Verifies an IOPN delivery ($_POST as PHP decoded it); see Engine::verifyNotification.
     *
     * @param array<string, mixed> $fields
     * @param int|null $now Unix seconds; null reads the clock
     * @return array{notification_type: string, uuid: string, timestamp: string, timestamp_unix: int,
     *               aws_access_key_id: string}
     */
    public static function verifyNotification(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        ?int $now = null,
        int $toleranceSeconds = self::IOPN_TOLERANCE_SECONDS,
    ): array {
        return self::engine()->verifyNotification($fields, $secretKey, $accessKeyId, $now ?? time(), $toleranceSeconds);
    }

    /**
     * Parses IOPN NotificationData into the Order shape; see Engine.
     *
     * @return array<string, mixed>
     */
    public static function parseNotification(string $notificationData): array
    {
        return self::engine()->parseNotification($notificationData);
    }

    /** @param array<string, string|int> $parameters */
    public static function mwsCanonicalQuery(array $parameters): string
    {
        return self::engine()->mwsCanonicalQuery($parameters);
    }

    /** @param array<string, string|int> $parameters */
    public static function mwsStringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return self::engine()->mwsStringToSign($method, $host, $path, $parameters);
    }

    public static function mwsSignature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod = 'HmacSHA256',
    ): string {
        return self::engine()->mwsSignature($stringToSign, $secretKey, $signatureMethod);
    }

    /**
     * Builds a signed MWS request; see Engine::mwsSignedRequest for the keys.
     *
     * @param array<string, mixed> $request
     * @return array<string, mixed>
     */
    public static function mwsSignedRequest(array $request, #[\SensitiveParameter] string $secretKey): array
    {
        return self::engine()->mwsSignedRequest($request, $secretKey);
    }

    public static function contentMd5(string $body): string
    {
        return self::engine()->contentMd5($body);
    }

    /**
     * Sends a signed MWS request; see Engine::mwsSend.
     *
     * @param array<string, mixed> $signedRequest
     * @param array<string, mixed> $options
     * @return array{status: int, headers: array<string, string>, body: string}
     */
    public static function mwsSend(array $signedRequest, array $options = []): array
    {
        return self::engine()->mwsSend($signedRequest, $options);
    }

    /**
     * Parses an MWS answer; an ErrorResponse raises an MwsErrorException.
     *
     * @return array<string, mixed>
     */
    public static function parseMwsResponse(string $action, string $xml): array
    {
        return self::engine()->parseMwsResponse($action, $xml);
    }

    /** @return list<array<string, mixed>> */
    public static function parseOrderReport(string $xml): array
    {
        return self::engine()->parseOrderReport($xml);
    }

    /** @param callable(array<string, mixed>): void $onOrder */
    public static function eachReportOrder(string $path, callable $onOrder): int
    {
        return self::engine()->eachReportOrder($path, $onOrder);
    }

    /** @param list<array<string, mixed>> $fulfillments */
    public static function orderFulfillmentFeed(string $merchantIdentifier, array $fulfillments): string
    {
        return self::engine()->orderFulfillmentFeed($merchantIdentifier, $fulfillments);
    }

    /** @param list<array<string, mixed>> $adjustments */
    public static function paymentAdjustmentFeed(string $merchantIdentifier, array $adjustments): string
    {
        return self::engine()->paymentAdjustmentFeed($merchantIdentifier, $adjustments);
    }

    /** @param list<array<string, mixed>> $acknowledgements */
    public static function orderAcknowledgementFeed(string $merchantIdentifier, array $acknowledgements): string
    {
        return self::engine()->orderAcknowledgementFeed($merchantIdentifier, $acknowledgements);
    }

    /** @param array<string, mixed> $cart */
    public static function cartXml(array $cart): string
    {
        return self::engine()->cartXml($cart);
    }

    public static function cartOrderInput(
        string $cartXml,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
    ): string {
        return self::engine()->cartOrderInput($cartXml, $secretKey, $accessKeyId);
    }

    public static function orderStateForNotification(string $notificationType): string
    {
        return self::engine()->orderStateForNotification($notificationType);
    }

    public static function orderStateForMwsStatus(string $orderStatus): ?string
    {
        return self::engine()->orderStateForMwsStatus($orderStatus);
    }

    public static function isTransitionAllowed(string $from, string $to): bool
    {
        return self::engine()->isTransitionAllowed($from, $to);
    }
}
