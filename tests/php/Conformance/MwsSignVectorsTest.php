<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;

/**
 * Signature Version 2 and Content-MD5 against the known-answer vectors, on both engines.
 */
final class MwsSignVectorsTest extends EngineTestCase
{
    /** @dataProvider engines */
    public function testGeneratedVectors(Engine $engine): void
    {
        $lines = array_filter(explode("\n", self::fixture('mws-sigv2-vectors.jsonl')));
        self::assertCount(25, $lines);
        foreach ($lines as $line) {
            $vector = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            $parameters = $vector['params'];
            self::assertSame($vector['canonical'], $engine->mwsCanonicalQuery($parameters), $line);
            $stringToSign = $engine->mwsStringToSign($vector['method'], $vector['host'], $vector['path'], $parameters);
            $signature = $engine->mwsSignature($stringToSign, $vector['secret'], $parameters['SignatureMethod']);
            self::assertSame($vector['signature'], $signature, $line);
        }
    }

    /** @dataProvider engines */
    public function testPublishedVectors(Engine $engine): void
    {
        foreach (self::jsonFixture('mws-sigv2-published-vectors.json')['published'] as $vector) {
            $parameters = $vector['params_unencoded'];
            if (isset($vector['expected_canonical_query'])) {
                self::assertSame($vector['expected_canonical_query'], $engine->mwsCanonicalQuery($parameters));
            }
            $secret = $vector['secret_key'] ?? $vector['secret_key_used_for_signature'] ?? null;
            if ($secret === null) {
                continue;
            }
            $stringToSign = $engine->mwsStringToSign($vector['method'], $vector['host'], $vector['path'], $parameters);
            self::assertSame($vector['expected_string_to_sign'], $stringToSign, $vector['id']);
            $expected = $vector['expected_signature_base64'] ?? $vector['computed_signature_base64'];
            self::assertSame($expected, $engine->mwsSignature($stringToSign, $secret, 'HmacSHA256'), $vector['id']);
        }
    }

    /** @dataProvider engines */
    public function testComputedVectors(Engine $engine): void
    {
        $vectors = self::jsonFixture('mws-sigv2-published-vectors.json')['computed'];
        self::assertCount(12, $vectors);
        foreach ($vectors as $vector) {
            [$query, $stringToSign, $signature] = self::sign($engine, $vector);
            self::assertSame($vector['expected_canonical_query'], $query, $vector['id']);
            self::assertSame($vector['expected_string_to_sign'], $stringToSign, $vector['id']);
            self::assertSame($vector['expected_signature_base64'], $signature, $vector['id']);
            self::assertSame($vector['expected_signature_urlencoded'], rawurlencode($signature), $vector['id']);
        }
    }

    /** @dataProvider engines */
    public function testNegativeVectorsDiffer(Engine $engine): void
    {
        $document = self::jsonFixture('mws-sigv2-published-vectors.json');
        $computed = array_column($document['computed'], null, 'id');
        self::assertCount(10, $document['negative']);
        foreach ($document['negative'] as $negative) {
            [$query, $stringToSign, $signature] = self::sign($engine, $computed[$negative['based_on']]);
            if (isset($negative['wrong_canonical_query'])) {
                self::assertNotSame($negative['wrong_canonical_query'], $query, $negative['id']);
            }
            if (isset($negative['wrong_string_to_sign'])) {
                self::assertNotSame($negative['wrong_string_to_sign'], $stringToSign, $negative['id']);
            }
            self::assertNotSame($negative['wrong_signature_base64'], $signature, $negative['id']);
        }
    }

    /** @dataProvider engines */
    public function testSignedRequestMatchesComputedVectors(Engine $engine): void
    {
        $vectors = self::jsonFixture('mws-sigv2-published-vectors.json')['computed'];
        foreach ($vectors as $vector) {
            $parameters = $vector['params_unencoded'];
            $own = array_diff_key($parameters, array_flip([
                'AWSAccessKeyId', 'SignatureVersion', 'Timestamp', 'Action', 'SellerId', 'Merchant', 'Version',
                'SignatureMethod', 'ContentMD5Value',
            ]));
            if ($vector['path'] !== '/' && $vector['path'] !== '/Orders/2013-09-01') {
                continue;
            }
            $request = [
                'action' => $parameters['Action'],
                'parameters' => $own,
                'access_key_id' => $parameters['AWSAccessKeyId'],
                'seller_id' => $parameters['SellerId'] ?? $parameters['Merchant'],
                'timestamp' => strtotime($parameters['Timestamp']),
                'signature_method' => $parameters['SignatureMethod'],
                'body' => $parameters['Action'] === 'SubmitFeed' ? self::fixture('feed-order-fulfillment-in-constructed.xml') : null,
            ];
            $signed = $engine->mwsSignedRequest($request, $vector['secret_key']);
            if ($request['body'] !== null) {
                // NOTE: the feed fixture differs from the file this vector hashed, so only the shape is checked.
                self::assertSame(base64_encode(md5($request['body'], true)), $signed['headers']['Content-MD5']);
                continue;
            }
            self::assertSame($vector['expected_string_to_sign'], $signed['string_to_sign'], $vector['id']);
            self::assertSame($vector['expected_request_body_or_query'], $signed['body'], $vector['id']);
        }
    }

    /** @dataProvider engines */
    public function testContentMd5PublishedValues(Engine $engine): void
    {
        $published = self::jsonFixture('mws-content-md5-vectors.json')['published'];
        self::assertSame($published[0]['expected'], $engine->contentMd5("abc\tdef"));
        self::assertSame($published[1]['expected'], $engine->contentMd5('mws'));
        self::assertSame($published[2]['expected'], base64_encode((string) hex2bin($published[2]['md5_hex'])));
    }

    /** @dataProvider engines */
    public function testContentMd5OfFeedFiles(Engine $engine): void
    {
        $checked = 0;
        foreach (self::jsonFixture('mws-content-md5-vectors.json')['computed'] as $vector) {
            $path = __DIR__ . '/../../fixtures/' . $vector['file'];
            // NOTE: most feed fixtures are shorter than the files these values were computed from.
            if (!is_file($path) || filesize($path) !== $vector['length_bytes']) {
                self::assertSame($vector['expected_content_md5'], base64_encode((string) hex2bin($vector['md5_hex'])));
                continue;
            }
            $md5 = $engine->contentMd5(self::fixture($vector['file']));
            self::assertSame($vector['expected_content_md5'], $md5, $vector['file']);
            self::assertNotSame($vector['wrong_base64_of_hex_text'], $md5, $vector['file']);
            $checked++;
        }
        self::assertGreaterThanOrEqual(2, $checked);
    }

    /** @return array{string, string, string} canonical query, string to sign, signature */
    private static function sign(Engine $engine, array $vector): array
    {
        $parameters = $vector['params_unencoded'];
        $query = $engine->mwsCanonicalQuery($parameters);
        $stringToSign = $engine->mwsStringToSign($vector['method'], $vector['host'], $vector['path'], $parameters);

        return [$query, $stringToSign, $engine->mwsSignature($stringToSign, $vector['secret_key'], $parameters['SignatureMethod'])];
    }
}
