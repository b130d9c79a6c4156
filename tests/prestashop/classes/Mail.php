<?php
/**
 * PrestaShop's Mail. The double sends nothing: Send() records each message in ps_mail (the
 * table of PrestaShop's mail log), so tests can count them.
 */
class Mail extends ObjectModel
{
    public $recipient;
    public $template;
    public $subject;
    public $id_lang;
    public $date_add;

    public static $definition = [
        'table' => 'mail',
        'primary' => 'id_mail',
        'fields' => [
            'recipient' => ['type' => self::TYPE_STRING, 'copy_post' => false, 'required' => true, 'validate' => 'isEmail', 'size' => 126],
            'template' => ['type' => self::TYPE_STRING, 'copy_post' => false, 'required' => true, 'size' => 62],
            'subject' => ['type' => self::TYPE_STRING, 'copy_post' => false, 'required' => true, 'size' => 254],
            'id_lang' => ['type' => self::TYPE_INT, 'copy_post' => false, 'validate' => 'isUnsignedId', 'required' => true],
            'date_add' => ['type' => self::TYPE_DATE, 'copy_post' => false, 'validate' => 'isDate'],
        ],
    ];

    public static function Send(
        $idLang,
        $template,
        $subject,
        $templateVars,
        $to,
        $toName = null,
        $from = null,
        $fromName = null,
        $fileAttachment = null,
        $mode_smtp = null,
        $templatePath = _PS_MAIL_DIR_,
        $die = false,
        $idShop = null,
        $bcc = null,
        $replyTo = null,
        $replyToName = null
    ) {
        $recipients = is_array($to) ? $to : [$to];
        foreach ($recipients as $recipient) {
            if (!Validate::isEmail($recipient)) {
                PrestaShopLogger::addLog('Mail::Send(): invalid recipient', 3);

                return false;
            }
            Db::getInstance()->insert('mail', [
                'recipient' => pSQL(mb_substr($recipient, 0, 126)),
                'template' => pSQL(mb_substr((string) $template, 0, 62)),
                'subject' => pSQL(mb_substr((string) $subject, 0, 254)),
                'id_lang' => (int) $idLang,
                'date_add' => date('Y-m-d H:i:s'),
            ]);
        }

        return true;
    }
}
