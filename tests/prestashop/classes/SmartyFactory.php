<?php
/**
 * Creates the Smarty 4 instance of the context (Debian's smarty4 package) the way
 * PrestaShop's front office configures it: HTML escaping of every {$variable} on (use
 * nofilter to print raw HTML), the `module:` resource for module templates, and the {l} and
 * {url} tags.
 */
class SmartyFactory
{
    public static function create(Context $context)
    {
        if (!class_exists('Smarty', false)) {
            require_once _PS_SMARTY_DIR_ . 'Smarty.class.php';
        }
        $smarty = new Smarty();
        $compileDir = _PS_CACHE_DIR_ . 'smarty/compile';
        if (!is_dir($compileDir)) {
            @mkdir($compileDir, 0777, true);
        }
        $smarty->setCompileDir($compileDir);
        $smarty->setCacheDir(_PS_CACHE_DIR_ . 'smarty/cache');
        $smarty->setTemplateDir([_PS_THEME_DIR_ . 'templates/']);
        $smarty->escape_html = true;
        $smarty->caching = Smarty::CACHING_OFF;
        $smarty->compile_check = Smarty::COMPILECHECK_ON;
        $smarty->registerResource('module', new SmartyResourceModule());
        $smarty->registerPlugin('function', 'l', [self::class, 'translate']);
        $smarty->registerPlugin('function', 'url', [self::class, 'url']);
        foreach (['json_encode', 'json_decode', 'intval', 'floatval', 'strval', 'count', 'implode', 'urlencode', 'htmlspecialchars', 'nl2br', 'stripslashes', 'sprintf', 'number_format', 'date', 'in_array', 'is_array', 'trim'] as $function) {
            $smarty->registerPlugin('modifier', $function, $function);
        }
        $smarty->registerPlugin('modifier', 'cleanHtml', [self::class, 'cleanHtml']);
        $smarty->registerPlugin('modifier', 'escape', [self::class, 'escape']);
        $smarty->assign('link', $context->link);

        return $smarty;
    }

    /**
     * {l s='Text %s' sprintf=[$value] d='Modules.Pwapresta.Shop'}: the text, with its parameters.
     */
    public static function translate(array $params, $smarty)
    {
        $text = (string) ($params['s'] ?? '');
        if (isset($params['sprintf']) && is_array($params['sprintf'])) {
            $text = (new Translator())->trans($text, $params['sprintf']);
        }

        return htmlspecialchars($text, ENT_QUOTES, 'UTF-8');
    }

    /**
     * |escape as PrestaShop 8.2 registers it (smartyEscape in config/smarty.config.inc.php): html
     * escaping is skipped when escape_html is on, because Smarty already escapes the output, so no
     * value is escaped twice. Other escape types use Smarty's own modifier.
     */
    public static function escape($string, $escapeType = 'html', $charset = null, $doubleEncode = true)
    {
        $smarty = Context::getContext()->smarty;
        if (($escapeType === 'html' || $escapeType === 'htmlall') && $smarty !== null && $smarty->escape_html) {
            return $string;
        }
        require_once _PS_SMARTY_DIR_ . 'plugins/modifier.escape.php';

        return smarty_modifier_escape($string, $escapeType, $charset ?? 'UTF-8', $doubleEncode);
    }

    public static function url(array $params, $smarty)
    {
        $link = Context::getContext()->link;
        $entity = $params['entity'] ?? '';
        $query = $params['params'] ?? [];
        if ($entity === 'module') {
            return $link->getModuleLink($params['name'] ?? '', $params['controller'] ?? 'default', is_array($query) ? $query : []);
        }

        return $link->getPageLink($entity ?: 'index', null, null, is_array($query) ? $query : null);
    }

    public static function cleanHtml($data)
    {
        return Validate::isCleanHtml($data) ? $data : '';
    }
}
