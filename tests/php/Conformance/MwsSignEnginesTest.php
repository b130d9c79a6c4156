<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

/**
 * Both engines produce byte-identical signing results on generated inputs (fixed seed): Unicode,
 * reserved characters, control characters, empty values, integers and many Id.N keys.
 */
final class MwsSignEnginesTest extends EngineTestCase
{
    private const SEED = 20261204;

    private const ROUNDS = 300;

    /** Pieces values are built from: reserved, Unicode, control and already-encoded text. */
    private const PIECES = [
        'a', 'Z', '0', '9', '-', '_', '.', '~', ' ', '*', '+', '/', '%', '%20', '%2F', '=', '&', '?', '#', ':', "'",
        '(', ')', '!', '"', '\\', '[', ']', '{', '}', '@', '$', ',', ';', '<', '>', "\t", "\n", "\r", "\0",
        'é', 'ß', 'ü', '日', '本', '₹', '€', 'अ', "\u{00A0}", '😀', "\xFF", "\xC3",
    ];

    private const NAMES = [
        'MarketplaceId.Id.', 'OrderStatus.Status.', 'ReportTypeList.Type.', 'AmazonOrderId.Id.', 'FeedSubmissionIdList.Id.',
        'SellerOrderId', 'NextToken', 'CreatedAfter', 'LastUpdatedAfter', 'MaxResultsPerPage', 'Note', 'note', 'ÄName',
    ];

    public function testCanonicalQueryAndSignatureEqual(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(self::SEED);
        for ($round = 0; $round < self::ROUNDS; $round++) {
            $parameters = self::randomParameters();
            $secret = self::randomText(mt_rand(0, 40));
            $method = mt_rand(0, 1) === 1 ? 'POST' : 'get';
            $host = mt_rand(0, 1) === 1 ? 'MWS.AmazonServices.IN:443' : '127.0.0.1:' . mt_rand(1, 65535);
            $path = ['/', '', '/Orders/2013-09-01', '/Reports/2009-01-01'][mt_rand(0, 3)];
            $signatureMethod = mt_rand(0, 1) === 1 ? 'HmacSHA256' : 'HmacSHA1';
            $label = "round $round";

            $query = $native->mwsCanonicalQuery($parameters);
            self::assertSame($php->mwsCanonicalQuery($parameters), $query, $label);
            $stringToSign = $native->mwsStringToSign($method, $host, $path, $parameters);
            self::assertSame($php->mwsStringToSign($method, $host, $path, $parameters), $stringToSign, $label);
            self::assertSame(
                $php->mwsSignature($stringToSign, $secret, $signatureMethod),
                $native->mwsSignature($stringToSign, $secret, $signatureMethod),
                $label,
            );
        }
    }

    public function testSignedRequestEqual(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(self::SEED + 1);
        $actions = ['ListOrders', 'GetOrder', 'GetReportList', 'UpdateReportAcknowledgements', 'SubmitFeed',
            'GetFeedSubmissionResult', 'ManageReportSchedule'];
        for ($round = 0; $round < self::ROUNDS; $round++) {
            $action = $actions[mt_rand(0, count($actions) - 1)];
            $request = [
                'action' => $action,
                'parameters' => self::randomParameters(),
                'access_key_id' => 'AKIA' . self::randomText(mt_rand(1, 16)),
                'seller_id' => self::randomText(mt_rand(1, 14)),
                'mws_auth_token' => mt_rand(0, 2) === 0 ? null : self::randomText(mt_rand(0, 30)),
                'region' => ['IN', 'US', 'DE', 'JP', 'AU', 'CN'][mt_rand(0, 5)],
                'endpoint' => mt_rand(0, 2) === 0 ? 'http://127.0.0.1:' . mt_rand(1, 65535) : null,
                'timestamp' => mt_rand(0, 2000000000),
                'method' => $action === 'SubmitFeed' || mt_rand(0, 1) === 1 ? 'POST' : 'GET',
                'body' => $action === 'SubmitFeed' ? '<AmazonEnvelope>' . self::randomText(mt_rand(1, 5000)) . '</AmazonEnvelope>' : null,
                'signature_method' => mt_rand(0, 3) === 0 ? 'HmacSHA1' : 'HmacSHA256',
            ];
            $secret = self::randomText(mt_rand(1, 40));

            self::assertSame($php->mwsSignedRequest($request, $secret), $native->mwsSignedRequest($request, $secret), "round $round");
        }
    }

    public function testLargeInputsEqual(): void
    {
        [$native, $php] = self::bothEngines();
        mt_srand(self::SEED + 2);
        $parameters = [];
        for ($index = 1; $index <= 500; $index++) {
            $parameters["AmazonOrderId.Id.$index"] = self::randomText(mt_rand(0, 200));
        }
        $parameters['Note'] = str_repeat('₹ ~*', 50000);

        self::assertSame($php->mwsCanonicalQuery($parameters), $native->mwsCanonicalQuery($parameters));
        self::assertSame($php->contentMd5($parameters['Note']), $native->contentMd5($parameters['Note']));
    }

    public function testRejectionsEqual(): void
    {
        [$native, $php] = self::bothEngines();
        $requests = [
            [], ['action' => 'ListOrders'], ['action' => 'ListOrders', 'access_key_id' => 'A'],
            ['action' => 'ListOrders', 'access_key_id' => 'A', 'seller_id' => 'S'],
            ['action' => 'ListOrders', 'access_key_id' => 'A', 'seller_id' => 'S', 'timestamp' => 1, 'region' => 5],
            ['action' => 'ListOrders', 'access_key_id' => 'A', 'seller_id' => 'S', 'timestamp' => 1, 'endpoint' => 'http://[::1'],
            ['action' => 'ListOrders', 'access_key_id' => 'A', 'seller_id' => 'S', 'timestamp' => 1, 'endpoint' => 'http://a:b:c'],
            ['action' => 'ListOrders', 'access_key_id' => 'A', 'seller_id' => 'S', 'timestamp' => 1, 'parameters' => [3 => 1.5]],
        ];
        foreach ($requests as $index => $request) {
            $outcomes = [];
            foreach ([$native, $php] as $engine) {
                try {
                    $outcomes[] = ['result', $engine->mwsSignedRequest($request, 'secret')];
                } catch (\Throwable $exception) {
                    $outcomes[] = [get_class($exception), $exception->getMessage(), $exception->getContext()];
                }
            }
            self::assertSame($outcomes[1], $outcomes[0], "request $index");
        }
    }

    /** @return array<array-key, string|int> */
    private static function randomParameters(): array
    {
        $parameters = [];
        $count = mt_rand(0, 30);
        for ($index = 0; $index < $count; $index++) {
            $name = self::NAMES[mt_rand(0, count(self::NAMES) - 1)];
            if (str_ends_with($name, '.')) {
                $name .= mt_rand(1, 120);
            }
            $parameters[$name] = match (mt_rand(0, 5)) {
                0 => '',
                1 => mt_rand(-1000, 1000000),
                default => self::randomText(mt_rand(1, 40)),
            };
        }
        if (mt_rand(0, 4) === 0) {
            $parameters[mt_rand(0, 99)] = 'integer key';
        }

        return $parameters;
    }

    private static function randomText(int $pieces): string
    {
        $text = '';
        for ($index = 0; $index < $pieces; $index++) {
            $text .= self::PIECES[mt_rand(0, count(self::PIECES) - 1)];
        }

        return $text;
    }
}
