<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * The MWS error response: ErrorResponse / Error (Type, Code, Message) / RequestID, with the capital
 * D that Amazon uses in errors (success envelopes spell it RequestId).
 */
final class ErrorEnvelope
{
    public static function response(MwsError $error, string $namespace, string $requestId): MwsResponse
    {
        $writer = XmlResponse::start();
        $writer->startElement('ErrorResponse');
        $writer->writeAttribute('xmlns', $namespace);
        $writer->startElement('Error');
        $writer->writeElement('Type', $error->type);
        $writer->writeElement('Code', $error->errorCode);
        $writer->writeElement('Message', $error->getMessage());
        $writer->endElement();
        $writer->writeElement('RequestID', $requestId);
        $writer->endElement();

        return new MwsResponse($error->status, XmlResponse::finish($writer));
    }
}
