<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * The Content-MD5 checks of SubmitFeed, in this order: the signed ContentMD5Value is present,
 * a body is present, and ContentMD5Value (and the Content-MD5 header, when sent) equals base64
 * of the raw 16-byte MD5 of the exact body bytes.
 */
final class FeedIntegrity
{
    /** @throws MwsError */
    public static function check(MwsRequest $request, Parameters $parameters): void
    {
        $declared = $parameters->optional('ContentMD5Value');
        if ($declared === null) {
            throw new MwsError(400, 'Sender', 'ContentMD5Missing', 'Missing ContentMD5Value: send base64 of the MD5 '
                . 'of the feed body as the ContentMD5Value parameter and the Content-MD5 header.');
        }
        if ($request->body === '') {
            throw new MwsError(400, 'Sender', 'MissingParameter', 'Missing feed content: send the feed as the body.');
        }
        $actual = base64_encode(md5($request->body, true));
        $header = $request->headers['content-md5'] ?? null;
        foreach (['ContentMD5Value' => $declared, 'Content-MD5 header' => $header] as $source => $value) {
            if ($value !== null && !hash_equals($actual, $value)) {
                throw new MwsError(400, 'Sender', 'ContentMD5DoesNotMatch', sprintf(
                    'The %s "%s" does not match the MD5 of the %d-byte body we received (%s).',
                    $source,
                    $value,
                    strlen($request->body),
                    $actual,
                ));
            }
        }
    }
}
