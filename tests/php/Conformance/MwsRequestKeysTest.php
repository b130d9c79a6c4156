<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidFieldException;

/** mwsSignedRequest rejects request keys outside the documented list, on both engines. */
final class MwsRequestKeysTest extends EngineTestCase
{
    private const SECRET = 'pwaExampleSecret/Key+0123456789abcdefghij';

    private const ACCEPTED = 'action, parameters, access_key_id, seller_id, mws_auth_token, region, endpoint, '
        . 'timestamp, method, body, signature_method';

    /** @dataProvider engines */
    public function testEveryDocumentedKeyIsAccepted(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request([
            'mws_auth_token' => 'amzn.mws.example-token',
            'region' => 'IN',
            'endpoint' => null,
            'method' => 'POST',
            'body' => null,
            'signature_method' => 'HmacSHA256',
        ]), self::SECRET);

        self::assertSame('amzn.mws.example-token', $signed['parameters']['MWSAuthToken']);
    }

    /** @dataProvider engines */
    public function testMisspelledTokenKeyIsRejected(Engine $engine): void
    {
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage('unknown MWS request key "mws_auth_tokn": use only ' . self::ACCEPTED);
        $engine->mwsSignedRequest(self::request(['mws_auth_tokn' => 'amzn.mws.example-token']), self::SECRET);
    }

    /** @dataProvider engines */
    public function testIntegerKeyIsRejected(Engine $engine): void
    {
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage('unknown MWS request key "0"');
        $engine->mwsSignedRequest(self::request() + [0 => 'x'], self::SECRET);
    }

    /** @dataProvider engines */
    public function testUnknownKeyIsCheckedBeforeAction(Engine $engine): void
    {
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage('"Action"');
        $engine->mwsSignedRequest(['Action' => 'ListOrders'], self::SECRET);
    }

    public function testUnknownKeyErrorIsTheSameAndHidesTheValue(): void
    {
        $token = 'amzn.mws.secret-token-value';
        $outcomes = [];
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->mwsSignedRequest(self::request(['MWSAuthToken' => $token]), self::SECRET);
                self::fail('no exception from ' . $engine::class);
            } catch (InvalidFieldException $exception) {
                $outcomes[] = [$exception->getMessage(), $exception->getContext()];
                self::assertStringNotContainsString($token, $exception->getMessage());
                self::assertStringNotContainsString($token, json_encode($exception->getContext(), JSON_THROW_ON_ERROR));
            }
        }
        self::assertSame($outcomes[0], $outcomes[1]);
    }

    /** @param array<string, mixed> $changes */
    private static function request(array $changes = []): array
    {
        return array_merge([
            'action' => 'ListOrders',
            'parameters' => ['MarketplaceId.Id.1' => 'A3PY9OQTG31F3H', 'LastUpdatedAfter' => '2015-05-29T12:00:00Z'],
            'access_key_id' => 'AKIAEXAMPLEPWAIN0001',
            'seller_id' => 'A1EXAMPLEPWASELLER',
            'timestamp' => 1433160000,
        ], $changes);
    }
}
