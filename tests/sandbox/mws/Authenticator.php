<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Checks a request the way MWS does before any action runs, in this order: path, common
 * parameters, SignatureVersion and SignatureMethod, access key, signature, Timestamp window,
 * action and Version for the path, then the seller parameter.
 */
final class Authenticator
{
    /** MWS rejects a Timestamp more than 15 minutes before or after its clock. */
    public const TIMESTAMP_TOLERANCE_SECONDS = 900;

    private const COMMON_PARAMETERS = [
        'AWSAccessKeyId', 'Action', 'Signature', 'SignatureMethod', 'SignatureVersion', 'Timestamp', 'Version',
    ];

    /** 'valid', 'invalid' or 'not checked': the verdict on the signature for the request log. */
    public string $signatureVerdict = 'not checked';

    /** The string to sign the sandbox computed, for the request log (it contains no secret). */
    public ?string $stringToSign = null;

    /** @param array<string, array{secret_key: string, seller_id: string}> $sellers by access key id */
    public function __construct(private readonly array $sellers)
    {
    }

    /** @throws MwsError */
    public function authenticate(MwsRequest $request, int $now): Section
    {
        if (!Section::isKnownPath($request->path)) {
            throw new MwsError(404, 'Sender', 'InvalidAddress', "Unknown path {$request->path}: MWS serves /, "
                . '/Reports/2009-01-01, /Feeds/2009-01-01 and /Orders/2013-09-01.');
        }
        $parameters = new Parameters($request->parameters);
        foreach (self::COMMON_PARAMETERS as $name) {
            $parameters->required($name);
        }
        if ($request->parameters['SignatureVersion'] !== '2') {
            throw MwsError::invalidValue('SignatureVersion', $request->parameters['SignatureVersion'], '2');
        }
        $signatureMethod = $request->parameters['SignatureMethod'];
        if (!isset(SignatureVerifier::ALGORITHMS[$signatureMethod])) {
            throw MwsError::invalidValue('SignatureMethod', $signatureMethod, 'HmacSHA256 or HmacSHA1');
        }

        $seller = $this->seller($request->parameters['AWSAccessKeyId']);
        $this->verifySignature($request, $seller['secret_key'], $signatureMethod);
        $this->checkTimestamp($request->parameters['Timestamp'], $now);

        return $this->checkSection($request, $parameters, $seller['seller_id']);
    }

    /** @return array{secret_key: string, seller_id: string} */
    private function seller(string $accessKeyId): array
    {
        return $this->sellers[$accessKeyId] ?? throw new MwsError(
            403,
            'Sender',
            'InvalidAccessKeyId',
            "The AWS Access Key Id $accessKeyId is not registered: use the access key id of a configured seller.",
        );
    }

    private function verifySignature(
        MwsRequest $request,
        #[\SensitiveParameter] string $secretKey,
        string $method,
    ): void {
        $this->stringToSign = SignatureVerifier::stringToSign(
            $request->method,
            $request->host,
            $request->path,
            $request->parameters,
        );
        $expected = SignatureVerifier::signature($this->stringToSign, $secretKey, $method);
        if (!SignatureVerifier::matches($expected, $request->parameters['Signature'])) {
            $this->signatureVerdict = 'invalid';

            throw new MwsError(
                403,
                'Sender',
                'SignatureDoesNotMatch',
                'The request signature does not match the signature computed from the request: check the secret '
                . 'key, the canonical query (RFC 3986 encoding, byte-order sort), the Host with its port and the path.',
            );
        }
        $this->signatureVerdict = 'valid';
    }

    private function checkTimestamp(string $timestamp, int $now): void
    {
        $time = Parameters::parseDate($timestamp);
        if ($time === null) {
            throw new MwsError(400, 'Sender', 'MalformedInput', 'timestamp must follow ISO8601');
        }
        if (abs($time - $now) > self::TIMESTAMP_TOLERANCE_SECONDS) {
            throw new MwsError(400, 'Sender', 'RequestExpired', sprintf(
                'Request has expired: Timestamp %s is more than 15 minutes from the server time %s.',
                $timestamp,
                gmdate('Y-m-d\TH:i:s\Z', $now),
            ));
        }
    }

    private function checkSection(MwsRequest $request, Parameters $parameters, string $sellerId): Section
    {
        $action = $request->parameters['Action'];
        $section = Section::find($request->path, $action) ?? throw new MwsError(
            400,
            'Sender',
            'InvalidAction',
            "Action $action is not served at path {$request->path} by this sandbox.",
        );
        $version = $request->parameters['Version'];
        if ($version !== $section->version) {
            throw MwsError::invalidValue('Version', $version, "$section->version for the $section->name section");
        }
        if ($parameters->required($section->sellerParameter) !== $sellerId) {
            throw new MwsError(401, 'Sender', 'AccessDenied', sprintf(
                'Access denied: %s %s does not belong to access key %s.',
                $section->sellerParameter,
                $request->parameters[$section->sellerParameter],
                $request->parameters['AWSAccessKeyId'],
            ));
        }

        return $section;
    }
}
