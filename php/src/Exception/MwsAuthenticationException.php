<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * MWS rejected the credentials or the signature (SignatureDoesNotMatch, InvalidAccessKeyId, InvalidClientTokenId, AccessDenied): check the access key id, secret key and seller id.
 */
final class MwsAuthenticationException extends MwsErrorException
{
}
