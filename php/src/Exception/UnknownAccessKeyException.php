<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * The IOPN AWSAccessKeyId is not the merchant's access key id. Context: aws_access_key_id.
 */
final class UnknownAccessKeyException extends \RuntimeException implements PwaPrestaException
{
    use ContextTrait;
}
