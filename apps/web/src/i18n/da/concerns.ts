/** Bekymringer, sikkerhedsmål og kortlægninger. */
const concerns = {};

export default concerns;
