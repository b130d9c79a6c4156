<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Php\Feeds\Input;

/**
 * The order-input value of the button; twin of the Rust module `cart::order_input`.
 *
 * type:merchant-signed-order/aws-accesskey/1;order:BASE64(xml);signature:BASE64(HMAC-SHA1(secret,
 * xml));aws-access-key-id:KEY, over the exact bytes given.
 */
final class OrderInput
{
    public static function sign(string $cartXml, #[\SensitiveParameter] string $secretKey, string $accessKeyId): string
    {
        if ($cartXml === '') {
            throw Input::missing('cart_xml');
        }
        if ($secretKey === '') {
            throw Input::missing('secret_key');
        }
        if ($accessKeyId === '') {
            throw Input::missing('access_key_id');
        }
        if (preg_match('/\A[A-Za-z0-9]+\z/', $accessKeyId) !== 1) {
            throw Input::invalid('access_key_id', '(not shown)', 'ASCII letters and digits, such as AKIAEXAMPLEPWAIN0001');
        }

        // signature = base64(HMAC-SHA1(secret key, cart XML bytes))
        $signature = base64_encode(hash_hmac('sha1', $cartXml, $secretKey, true));

        return 'type:merchant-signed-order/aws-accesskey/1;order:' . base64_encode($cartXml)
            . ';signature:' . $signature . ';aws-access-key-id:' . $accessKeyId;
    }
}
