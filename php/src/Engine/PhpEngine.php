<?php

declare(strict_types=1);

namespace PwaPresta\Engine;

use PwaPresta\Php;

/**
 * Engine in plain PHP, for shops where no extension can be loaded. Needs ext-xmlreader,
 * ext-hash and ext-curl (only for mwsSend), all in PHP's default builds.
 */
final class PhpEngine implements Engine
{
    /** Version of the PHP API; kept equal to the crate version in Cargo.toml by a test. */
    public const VERSION = '1.0.0';

    public function name(): string
    {
        return 'php';
    }

    public function version(): string
    {
        return self::VERSION;
    }

    public function verifyNotification(
        array $fields,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
        int $now,
        int $toleranceSeconds,
    ): array {
        return Php\Iopn\NotificationVerifier::verify($fields, $secretKey, $accessKeyId, $now, $toleranceSeconds);
    }

    public function parseNotification(string $notificationData): array
    {
        return Php\Iopn\NotificationParser::parse($notificationData);
    }

    public function mwsCanonicalQuery(array $parameters): string
    {
        return Php\Mws\Signer::canonicalQuery($parameters);
    }

    public function mwsStringToSign(string $method, string $host, string $path, array $parameters): string
    {
        return Php\Mws\Signer::stringToSign($method, $host, $path, $parameters);
    }

    public function mwsSignature(
        string $stringToSign,
        #[\SensitiveParameter] string $secretKey,
        string $signatureMethod,
    ): string {
        return Php\Mws\Signer::signature($stringToSign, $secretKey, $signatureMethod);
    }

    public function mwsSignedRequest(array $request, #[\SensitiveParameter] string $secretKey): array
    {
        return Php\Mws\RequestBuilder::build($request, $secretKey);
    }

    public function contentMd5(string $body): string
    {
        return base64_encode(md5($body, true));
    }

    public function mwsSend(array $signedRequest, array $options): array
    {
        return Php\Mws\HttpClient::send($signedRequest, $options);
    }

    public function parseMwsResponse(string $action, string $xml): array
    {
        return Php\Mws\ResponseParser::parse($action, $xml);
    }

    public function parseOrderReport(string $xml): array
    {
        return Php\Report\OrderReportParser::parseString($xml);
    }

    public function eachReportOrder(string $path, callable $onOrder): int
    {
        return Php\Report\OrderReportParser::eachOrder($path, $onOrder);
    }

    public function orderFulfillmentFeed(string $merchantIdentifier, array $fulfillments): string
    {
        return Php\Feeds\OrderFulfillmentFeed::build($merchantIdentifier, $fulfillments);
    }

    public function paymentAdjustmentFeed(string $merchantIdentifier, array $adjustments): string
    {
        return Php\Feeds\PaymentAdjustmentFeed::build($merchantIdentifier, $adjustments);
    }

    public function orderAcknowledgementFeed(string $merchantIdentifier, array $acknowledgements): string
    {
        return Php\Feeds\OrderAcknowledgementFeed::build($merchantIdentifier, $acknowledgements);
    }

    public function cartXml(array $cart): string
    {
        return Php\Cart\CartBuilder::build($cart);
    }

    public function cartOrderInput(
        string $cartXml,
        #[\SensitiveParameter] string $secretKey,
        string $accessKeyId,
    ): string {
        return Php\Cart\OrderInput::sign($cartXml, $secretKey, $accessKeyId);
    }

    public function orderStateForNotification(string $notificationType): string
    {
        return Php\Status\OrderStates::forNotification($notificationType);
    }

    public function orderStateForMwsStatus(string $orderStatus): ?string
    {
        return Php\Status\OrderStates::forMwsStatus($orderStatus);
    }

    public function isTransitionAllowed(string $from, string $to): bool
    {
        return Php\Status\OrderStates::isTransitionAllowed($from, $to);
    }
}
