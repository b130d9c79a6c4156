<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidFieldException;

/**
 * mwsSignedRequest reads request and parameter arrays of every shape PHP can hand over: entries
 * removed with unset(), values held by reference, integer keys, numeric string keys, lists and
 * arrays that grew past their first size. Both engines give the same result, and the caller's arrays are unchanged.
 */
final class MwsRequestArrayShapesTest extends EngineTestCase
{
    private const SECRET = 'pwaExampleSecret/Key+0123456789abcdefghij';

    /** @dataProvider engines */
    public function testUnsetEntriesAreSkipped(Engine $engine): void
    {
        $parameters = ['Removed' => 'x', 'CreatedAfter' => '2026-11-01T00:00:00Z', 'AlsoRemoved' => 'y'];
        unset($parameters['Removed'], $parameters['AlsoRemoved']);
        $request = self::request($parameters) + ['region' => 'IN'];
        unset($request['region']);

        $signed = $engine->mwsSignedRequest($request, self::SECRET);

        self::assertSame('2026-11-01T00:00:00Z', $signed['parameters']['CreatedAfter']);
        self::assertArrayNotHasKey('Removed', $signed['parameters']);
        self::assertArrayNotHasKey('AlsoRemoved', $signed['parameters']);
        self::assertSame(self::reference($request), $signed);
    }

    /** @dataProvider engines */
    public function testReferencesAreReadThrough(Engine $engine): void
    {
        $status = 'Unshipped';
        $seller = 'A1EXAMPLEPWASELLER';
        $parameters = ['OrderStatus.Status.1' => &$status];
        $request = self::request($parameters);
        $request['seller_id'] = &$seller;

        $signed = $engine->mwsSignedRequest($request, self::SECRET);

        self::assertSame('Unshipped', $signed['parameters']['OrderStatus.Status.1']);
        self::assertSame('A1EXAMPLEPWASELLER', $signed['parameters']['SellerId']);
        $status = 'Shipped';
        self::assertSame('Unshipped', $signed['parameters']['OrderStatus.Status.1'], 'the result holds no reference');
        self::assertSame(self::reference(self::request(['OrderStatus.Status.1' => 'Unshipped'])), $signed);
    }

    /** @dataProvider engines */
    public function testIntegerKeysAreParameterNames(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request([7 => 'seven', 'Note' => 12]), self::SECRET);

        self::assertSame('seven', $signed['parameters'][7]);
        self::assertSame('12', $signed['parameters']['Note']);
        self::assertStringContainsString('7=seven&', $signed['string_to_sign']);
    }

    /** @dataProvider engines */
    public function testNumericStringKeyBecomesIntegerKey(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(self::withNumericStringKey()), self::SECRET);

        self::assertSame('from-int-key', $signed['parameters'][5]);
        self::assertSame(1, substr_count($signed['string_to_sign'], '5='));
        self::assertStringContainsString("\n5=from-int-key&", $signed['string_to_sign']);
        self::assertSame([5], array_values(array_filter(array_keys($signed['parameters']), 'is_int')));
    }

    /**
     * Checks each of the two entries in array order, although only the last value is signed: an
     * invalid first value fails even when the int key after it has a valid one.
     *
     * @dataProvider engines
     */
    public function testRepeatedKeyChecksEveryValue(Engine $engine): void
    {
        ${'5'} = ['not', 'a', 'string'];
        $parameters = compact('5');
        $parameters[5] = 'valid';

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage("invalid MWS parameter '5': expected a string or an integer, got array");
        $engine->mwsSignedRequest(self::request($parameters), self::SECRET);
    }

    /**
     * Checks the float in the first entry before the reserved name that follows it.
     *
     * @dataProvider engines
     */
    public function testRepeatedKeyIsCheckedBeforeLaterNames(Engine $engine): void
    {
        ${'5'} = 1.5;
        $parameters = compact('5');
        $parameters['Action'] = 'reserved';
        $parameters[5] = 'valid';

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage("invalid MWS parameter '5': expected a string or an integer, got float");
        $engine->mwsSignedRequest(self::request($parameters), self::SECRET);
    }

    /** @dataProvider engines */
    public function testClosedResourceIsNamedResource(Engine $engine): void
    {
        $handle = fopen('php://memory', 'r');
        fclose($handle);

        try {
            $engine->mwsSignedRequest(self::request(['Note' => $handle]), self::SECRET);
            self::fail('no exception');
        } catch (InvalidFieldException $exception) {
            self::assertStringContainsString('got resource;', $exception->getMessage());
            self::assertSame('resource', $exception->getContext()['value']);
        }
    }

    /** @dataProvider engines */
    public function testNumericStringKeyIsCanonicalOnce(Engine $engine): void
    {
        $query = $engine->mwsCanonicalQuery(self::withNumericStringKey() + ['Note' => 'x']);

        self::assertSame('5=from-int-key&Note=x', $query);
    }

    /** @dataProvider engines */
    public function testReservedParameterValueIsHidden(Engine $engine): void
    {
        $token = 'amzn.mws.secret-token-value';
        try {
            $engine->mwsSignedRequest(self::request(['MWSAuthToken' => $token]), self::SECRET);
            self::fail('no exception for a reserved parameter');
        } catch (InvalidFieldException $exception) {
            self::assertStringNotContainsString($token, $exception->getMessage());
            self::assertSame(['field' => 'MWSAuthToken', 'value' => 'string'], $exception->getContext());
        }
    }

    /** @dataProvider engines */
    public function testListOfParametersUsesIndexes(Engine $engine): void
    {
        $signed = $engine->mwsSignedRequest(self::request(['a', 'b']), self::SECRET);

        self::assertSame('a', $signed['parameters'][0]);
        self::assertSame('b', $signed['parameters'][1]);
        self::assertStringContainsString("\n0=a&1=b&AWSAccessKeyId=", $signed['string_to_sign']);
    }

    /** @dataProvider engines */
    public function testListWithHoleKeepsIndexes(Engine $engine): void
    {
        $parameters = ['a', 'b', 'c'];
        unset($parameters[1]);

        $signed = $engine->mwsSignedRequest(self::request($parameters), self::SECRET);

        self::assertSame(['0', '2'], array_map('strval', array_keys(array_filter(
            $signed['parameters'],
            static fn (string $name): bool => ctype_digit($name),
            ARRAY_FILTER_USE_KEY,
        ))));
    }

    /** @dataProvider engines */
    public function testGrownArrayKeepsEveryEntry(Engine $engine): void
    {
        $parameters = [];
        for ($i = 1; $i <= 300; $i++) {
            $parameters["AmazonOrderId.Id.$i"] = sprintf('403-%07d-%07d', $i, $i * 7);
            if ($i % 3 === 0) {
                unset($parameters['AmazonOrderId.Id.' . ($i - 1)]);
            }
        }

        $signed = $engine->mwsSignedRequest(self::request($parameters, 'GetOrder'), self::SECRET);

        foreach ($parameters as $name => $value) {
            self::assertSame($value, $signed['parameters'][$name], $name);
        }
        // AWSAccessKeyId, Action, SellerId, Signature, SignatureMethod, SignatureVersion, Timestamp
        // and Version come on top of the caller's parameters.
        self::assertCount(count($parameters) + 8, $signed['parameters']);
    }

    /** @dataProvider engines */
    public function testCallerArraysAreUnchanged(Engine $engine): void
    {
        $parameters = ['SellerOrderId' => 'PS 15 ~*', 'MaxResultsPerPage' => 100];
        $request = self::request($parameters);
        $copy = $request;

        $signed = $engine->mwsSignedRequest($request, self::SECRET);
        $signed['parameters']['SellerOrderId'] .= ' changed';

        self::assertSame($copy, $request);
        self::assertSame('PS 15 ~*', $request['parameters']['SellerOrderId']);
    }

    /** @dataProvider engines */
    public function testUnsetKeyBeforeUnknownKeyIsNotNamed(Engine $engine): void
    {
        $request = self::request() + ['zzz' => 'x'];
        unset($request['seller_id']);

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage('unknown MWS request key "zzz"');
        $engine->mwsSignedRequest($request, self::SECRET);
    }

    /**
     * Empty and one-byte strings are PHP's own interned strings, which no zval may count a
     * reference to. Thousands of results holding them (a GET request's empty body, one-byte
     * values), kept and released in turn, leave them intact.
     *
     * @dataProvider engines
     */
    public function testEmptyAndOneByteStringsSurviveManyResults(Engine $engine): void
    {
        $request = self::request(['A' => '1', 'B' => '', 'C' => 'x']) + ['method' => 'GET'];
        $expected = self::reference($request);
        $kept = [];
        for ($i = 0; $i < 5000; $i++) {
            $signed = $engine->mwsSignedRequest($request, self::SECRET);
            if ($i % 7 === 0) {
                $kept[] = $signed;
            }
        }

        self::assertSame('', $signed['body']);
        foreach ($kept as $signed) {
            self::assertSame($expected, $signed);
        }
        self::assertSame('', str_repeat('a', 0), 'the empty string is still usable');
    }

    /**
     * Returns parameters holding the string key "5", which compact() keeps as a string, and then
     * the int key 5: PHP reads them as one key, whose value is the last one written.
     */
    private static function withNumericStringKey(): array
    {
        ${'5'} = 'from-string-key';
        $parameters = compact('5');
        $parameters[5] = 'from-int-key';

        return $parameters;
    }

    /** @return array<string, mixed> */
    private static function request(array $parameters = [], string $action = 'ListOrders'): array
    {
        return [
            'action' => $action,
            'parameters' => $parameters,
            'access_key_id' => 'AKIAEXAMPLEPWA',
            'seller_id' => 'A1EXAMPLEPWASELLER',
            'timestamp' => 1796375415,
        ];
    }

    /** Returns the pure-PHP engine's result for the same request, rebuilt from plain copies. */
    private static function reference(array $request): array
    {
        $plain = unserialize(serialize($request));

        return (new \PwaPresta\Engine\PhpEngine())->mwsSignedRequest($plain, self::SECRET);
    }
}
