<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The IOPN Signature differs from base64(HMAC-SHA1(secret key, UUID . Timestamp)). Context: uuid.
 */
final class SignatureMismatchException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
